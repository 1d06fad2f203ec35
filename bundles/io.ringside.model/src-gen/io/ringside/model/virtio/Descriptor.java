/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One descriptor table entry (split) or descriptor ring slot (packed).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getIndex <em>Index</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getAddr <em>Addr</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getLen <em>Len</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getNext <em>Next</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getId <em>Id</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#isWrite <em>Write</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#isHasNext <em>Has Next</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#isIndirect <em>Indirect</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#isAvail <em>Avail</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#isUsed <em>Used</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Descriptor#getChain <em>Chain</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor()
 * @model
 * @generated
 */
public interface Descriptor extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addr</em>' attribute.
	 * @see #setAddr(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Addr()
	 * @model
	 * @generated
	 */
	long getAddr();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getAddr <em>Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addr</em>' attribute.
	 * @see #getAddr()
	 * @generated
	 */
	void setAddr(long value);

	/**
	 * Returns the value of the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Len</em>' attribute.
	 * @see #setLen(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Len()
	 * @model
	 * @generated
	 */
	long getLen();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Len</em>' attribute.
	 * @see #getLen()
	 * @generated
	 */
	void setLen(long value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next</em>' attribute.
	 * @see #setNext(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Next()
	 * @model
	 * @generated
	 */
	int getNext();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getNext <em>Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next</em>' attribute.
	 * @see #getNext()
	 * @generated
	 */
	void setNext(int value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * packed: buffer id
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.ringside.model.virtio.BufferState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.virtio.BufferState
	 * @see #setState(BufferState)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_State()
	 * @model
	 * @generated
	 */
	BufferState getState();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.virtio.BufferState
	 * @see #getState()
	 * @generated
	 */
	void setState(BufferState value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#isWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #isWrite()
	 * @generated
	 */
	void setWrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Has Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Has Next</em>' attribute.
	 * @see #setHasNext(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_HasNext()
	 * @model
	 * @generated
	 */
	boolean isHasNext();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#isHasNext <em>Has Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Next</em>' attribute.
	 * @see #isHasNext()
	 * @generated
	 */
	void setHasNext(boolean value);

	/**
	 * Returns the value of the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indirect</em>' attribute.
	 * @see #setIndirect(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Indirect()
	 * @model
	 * @generated
	 */
	boolean isIndirect();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#isIndirect <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indirect</em>' attribute.
	 * @see #isIndirect()
	 * @generated
	 */
	void setIndirect(boolean value);

	/**
	 * Returns the value of the '<em><b>Avail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * packed: AVAIL bit
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Avail</em>' attribute.
	 * @see #setAvail(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Avail()
	 * @model
	 * @generated
	 */
	boolean isAvail();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#isAvail <em>Avail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avail</em>' attribute.
	 * @see #isAvail()
	 * @generated
	 */
	void setAvail(boolean value);

	/**
	 * Returns the value of the '<em><b>Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * packed: USED bit
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used</em>' attribute.
	 * @see #setUsed(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Used()
	 * @model
	 * @generated
	 */
	boolean isUsed();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#isUsed <em>Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used</em>' attribute.
	 * @see #isUsed()
	 * @generated
	 */
	void setUsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Chain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain</em>' reference.
	 * @see #setChain(DescriptorChain)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptor_Chain()
	 * @model transient="true"
	 * @generated
	 */
	DescriptorChain getChain();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Descriptor#getChain <em>Chain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain</em>' reference.
	 * @see #getChain()
	 * @generated
	 */
	void setChain(DescriptorChain value);

} // Descriptor

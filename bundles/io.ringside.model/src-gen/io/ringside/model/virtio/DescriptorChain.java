/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor Chain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A buffer: the chain of descriptors starting at a head.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getHead <em>Head</em>}</li>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getLength <em>Length</em>}</li>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getWritableBytes <em>Writable Bytes</em>}</li>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.virtio.DescriptorChain#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain()
 * @model
 * @generated
 */
public interface DescriptorChain extends EObject {
	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_Head()
	 * @model
	 * @generated
	 */
	int getHead();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.DescriptorChain#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(int value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.DescriptorChain#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Writable Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable Bytes</em>' attribute.
	 * @see #setWritableBytes(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_WritableBytes()
	 * @model
	 * @generated
	 */
	long getWritableBytes();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.DescriptorChain#getWritableBytes <em>Writable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable Bytes</em>' attribute.
	 * @see #getWritableBytes()
	 * @generated
	 */
	void setWritableBytes(long value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.ringside.model.virtio.BufferState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.virtio.BufferState
	 * @see #setState(BufferState)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_State()
	 * @model
	 * @generated
	 */
	BufferState getState();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.DescriptorChain#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.virtio.BufferState
	 * @see #getState()
	 * @generated
	 */
	void setState(BufferState value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.DescriptorChain#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' reference list.
	 * The list contents are of type {@link io.ringside.model.virtio.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptors</em>' reference list.
	 * @see io.ringside.model.virtio.VirtioPackage#getDescriptorChain_Descriptors()
	 * @model transient="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

} // DescriptorChain

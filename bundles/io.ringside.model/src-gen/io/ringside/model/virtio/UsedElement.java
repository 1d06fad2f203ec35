/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Used Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One used ring slot: buffer id and bytes written.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.UsedElement#getSlot <em>Slot</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedElement#getId <em>Id</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedElement#getLen <em>Len</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedElement#getBatch <em>Batch</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedElement#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement()
 * @model
 * @generated
 */
public interface UsedElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedElement#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedElement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Len</em>' attribute.
	 * @see #setLen(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement_Len()
	 * @model
	 * @generated
	 */
	long getLen();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedElement#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Len</em>' attribute.
	 * @see #getLen()
	 * @generated
	 */
	void setLen(long value);

	/**
	 * Returns the value of the '<em><b>Batch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IN_ORDER: buffers this entry completes
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch</em>' attribute.
	 * @see #setBatch(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement_Batch()
	 * @model
	 * @generated
	 */
	int getBatch();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedElement#getBatch <em>Batch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch</em>' attribute.
	 * @see #getBatch()
	 * @generated
	 */
	void setBatch(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedElement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // UsedElement
